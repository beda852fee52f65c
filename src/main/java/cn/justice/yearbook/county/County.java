package cn.justice.yearbook.county;

import java.util.List;

/**
 * The county whose yearbook is compiled, as the bureau lists it in its county file.
 *
 * @param bureau the compiling body printed on the yearbook and templates (e.g. 云溪县司法局)
 */
public record County(String name, String bureau, List<Township> townships) {
    public County {
        townships = List.copyOf(townships);
    }

    public int size() {
        return townships.size();
    }
}
