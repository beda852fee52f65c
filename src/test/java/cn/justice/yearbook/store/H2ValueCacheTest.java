package cn.justice.yearbook.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2ValueCacheTest {

    private final String before = System.getProperty(H2ValueCache.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(H2ValueCache.PROPERTY);
        } else {
            System.setProperty(H2ValueCache.PROPERTY, before);
        }
    }

    @Test
    void turnsTheCacheOffUnlessTheOperatorChoseOtherwise() {
        System.clearProperty(H2ValueCache.PROPERTY);
        H2ValueCache.turnOff();
        assertThat(System.getProperty(H2ValueCache.PROPERTY)).isEqualTo("false");

        System.setProperty(H2ValueCache.PROPERTY, "true");
        H2ValueCache.turnOff();
        assertThat(System.getProperty(H2ValueCache.PROPERTY)).isEqualTo("true");
    }
}
