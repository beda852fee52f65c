package cn.justice.yearbook.county;

import java.util.List;

/**
 * A county whose yearbook is compiled, as the bureau lists it in its county (or prefecture) file.
 *
 * @param bureau  the compiling body printed on the yearbook and templates (e.g. 云溪县司法局)
 * @param aliases other names of the county that folder and file names may use (e.g. 云溪 for 云溪县)
 */
public record County(String name, String bureau, List<Township> townships, List<String> aliases) {
    public County {
        townships = List.copyOf(townships);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public County(String name, String bureau, List<Township> townships) {
        this(name, bureau, townships, List.of());
    }

    public int size() {
        return townships.size();
    }
}
