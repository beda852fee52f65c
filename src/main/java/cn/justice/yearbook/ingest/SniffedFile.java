package cn.justice.yearbook.ingest;

/**
 * What {@link FileSniffer} found.
 *
 * @param kind     what the file is
 * @param evidence what showed it, in English for the operator log (e.g. the main part's content type)
 */
public record SniffedFile(FileKind kind, String evidence) {

    /** The kind and its evidence, for a log line. */
    public String describe() {
        return kind.nameEn() + " (" + evidence + ")";
    }
}
