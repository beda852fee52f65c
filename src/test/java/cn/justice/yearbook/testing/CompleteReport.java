package cn.justice.yearbook.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, consistent set of values for every required indicator (and the rates built from them),
 * so a test can start from a clean report and change only what it is about.
 */
public final class CompleteReport {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private CompleteReport() {
        values.put("ORG_LAW_MEETINGS", 4);
        values.put("STUDY_LEADER_SESSIONS", 6);
        values.put("STUDY_TRAIN_SESSIONS", 8);
        values.put("PUB_EVENTS", 17);
        values.put("PUB_MATERIALS", 2000);
        values.put("ADMIN_VILLAGES", 11);
        values.put("PLS_STATIONS", 12);
        values.put("PLS_CONSULTS", 320);
        values.put("MED_COMMITTEES", 12);
        values.put("MED_MEDIATORS", 48);
        values.put("MED_CASES", 40);
        values.put("MED_SUCCESS", 34);
        values.put("MED_SUCCESS_RATE", "85%");
        values.put("PET_RECEIVED", 406);
        values.put("PET_CLOSED", 403);
        values.put("PET_CLOSE_RATE", "99.3%");
        values.put("ENF_STAFF", 15);
        values.put("ENF_CERTIFIED", 15);
        values.put("CC_SUBJECTS", 9);
    }

    public static CompleteReport values() {
        return new CompleteReport();
    }

    public CompleteReport with(String code, Object value) {
        values.put(code, value);
        return this;
    }

    public CompleteReport without(String code) {
        values.remove(code);
        return this;
    }

    public Object get(String code) {
        return values.get(code);
    }

    public Object[] asPairs() {
        List<Object> pairs = new ArrayList<>();
        values.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return pairs.toArray();
    }

    public TestWorkbook workbook(String township, int year) {
        return TestWorkbook.standard(township, year, asPairs());
    }
}
