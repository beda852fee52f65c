package cn.justice.yearbook.common;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogBuilder;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.LoggerRegistry;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.slf4j.SLF4JLogger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * The log4j API (POI logs through it) routed to SLF4J and logback as log4j-to-slf4j routes it, with the level
 * checked when a line is begun. Over logback, log4j-to-slf4j's {@code atTrace()} always hands out a builder, and the
 * builder formats its message before logback drops it: POI's trace lines for every record and cell of an .xls (each
 * cell's formula printed as JSON) took a third of the CPU of reading one, and a formula that could not be printed
 * failed the whole file. Chosen by {@code log4j.provider} in {@code log4j2.component.properties}.
 */
public final class LevelCheckedLog4jProvider extends Provider {

    public LevelCheckedLog4jProvider() {
        super(20, "2.6.0", ContextFactory.class);
    }

    /** One context for the whole program, as logback has one. */
    public static final class ContextFactory implements LoggerContextFactory {

        private static final Context CONTEXT = new Context();

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
            return CONTEXT;
        }

        @Override
        public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                                        URI configLocation, String name) {
            return CONTEXT;
        }

        @Override
        public void removeContext(LoggerContext context) {
            // the one context lives as long as the program
        }

        @Override
        public boolean isClassLoaderDependent() {
            return false;
        }
    }

    private static final class Context implements LoggerContext {

        private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();

        @Override
        public Object getExternalContext() {
            return null;
        }

        @Override
        public ExtendedLogger getLogger(String name) {
            return getLogger(name, null);
        }

        @Override
        public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
            ExtendedLogger logger = loggers.getLogger(name, messageFactory);
            if (logger == null) {
                loggers.putIfAbsent(name, messageFactory, new LevelCheckedLogger(name, messageFactory));
                logger = loggers.getLogger(name, messageFactory);
            }
            return logger;
        }

        @Override
        public boolean hasLogger(String name) {
            return loggers.hasLogger(name);
        }

        @Override
        public boolean hasLogger(String name, MessageFactory messageFactory) {
            return loggers.hasLogger(name, messageFactory);
        }

        @Override
        public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
            return loggers.hasLogger(name, messageFactoryClass);
        }
    }

    /** log4j-to-slf4j's logger, whose builders are only handed out for lines logback will write. */
    static final class LevelCheckedLogger extends SLF4JLogger {

        LevelCheckedLogger(String name, MessageFactory messageFactory) {
            super(name, messageFactory, LoggerFactory.getLogger(name));
        }

        @Override
        public LogBuilder atLevel(Level level) {
            return isEnabled(level) ? super.atLevel(level) : LogBuilder.NOOP;
        }
    }
}
