package cn.justice.yearbook.ingest;

/** Why a fast reader leaves a file to POI, which then reads it or says why it cannot; never shown to staff. */
final class Declined extends Exception {

    Declined(String reason) {
        super(reason, null, false, false);
    }
}
