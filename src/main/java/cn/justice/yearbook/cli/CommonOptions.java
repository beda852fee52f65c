package cn.justice.yearbook.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every sub-command takes: where things are. Each overrides the matching application.yml setting. */
public class CommonOptions {

    @Option(names = "--input", paramLabel = "DIR", description = "报送文件夹（默认 input）。对应 yearbook.input")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "输出文件夹（默认 output）。对应 yearbook.output")
    Path output;

    @Option(names = "--county", paramLabel = "FILE", description = "县及乡镇（街道）名单文件（YAML）。对应 yearbook.county")
    String county;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "指标目录文件（CSV）。对应 yearbook.catalogue")
    String catalogue;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "数据库连接（默认为 output/database 下的内嵌 H2）。对应 spring.datasource.url")
    String databaseUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "数据库用户名。对应 spring.datasource.username")
    String databaseUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "数据库密码。对应 spring.datasource.password")
    String databasePassword;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "覆盖 application.yml 中的任一设置，可重复使用，例如 --set yearbook.ingest.stable-after=10s")
    List<String> settings = new ArrayList<>();

    /** The options as Spring Boot command-line properties, which take precedence over application.yml. */
    List<String> springArguments() {
        return springArguments(null);
    }

    /**
     * @param database a database to use whatever the options say (validate's throw-away one), or null.
     *                 Exactly one database URL is passed on: Spring joins a repeated command-line property's
     *                 values with commas. The first of: this, {@code --set spring.datasource.url=…}, {@code --db-url},
     *                 the H2 file under {@code --output}.
     */
    List<String> springArguments(String database) {
        List<String> args = new ArrayList<>();
        if (input != null) {
            args.add("--yearbook.input=" + input);
        }
        if (output != null) {
            args.add("--yearbook.output=" + output);
        }
        if (county != null) {
            args.add("--yearbook.county=" + county);
        }
        if (catalogue != null) {
            args.add("--yearbook.catalogue=" + catalogue);
        }
        if (databaseUser != null) {
            args.add("--spring.datasource.username=" + databaseUser);
        }
        if (databasePassword != null) {
            args.add("--spring.datasource.password=" + databasePassword);
        }
        String urlSetting = "spring.datasource.url=";
        boolean urlSet = settings.stream().anyMatch(setting -> setting.startsWith(urlSetting));
        settings.stream().filter(setting -> database == null || !setting.startsWith(urlSetting))
                .forEach(setting -> args.add("--" + setting));
        String url = database != null ? database : urlSet ? null : databaseUrl != null ? databaseUrl : outputDatabase();
        if (url != null) {
            args.add("--" + urlSetting + url);
        }
        return args;
    }

    /** The H2 file under {@code --output}, so that a run elsewhere keeps its own history; null without it. */
    private String outputDatabase() {
        if (output == null) {
            return null;
        }
        Path db = output.toAbsolutePath().normalize().resolve("database").resolve("yearbook");
        return "jdbc:h2:file:" + db + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
