package cn.justice.yearbook.render.workbook;

/** Why a township's package is not copied at the XML level but left to POI; for the debug log, never shown to staff. */
final class CopyDeclined extends Exception {

    CopyDeclined(String reason) {
        super(reason, null, false, false);
    }
}
