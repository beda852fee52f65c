package cn.justice.yearbook.job;

import cn.justice.yearbook.config.YearbookProperties;
import cn.justice.yearbook.county.CountyLocator;
import cn.justice.yearbook.ingest.DropFolderScanner;
import cn.justice.yearbook.ingest.DropFolderScanner.FoundFile;
import cn.justice.yearbook.ingest.DroppedFile;
import cn.justice.yearbook.ingest.Sha256;
import cn.justice.yearbook.ingest.WorkbookReader;
import cn.justice.yearbook.validate.ReviewedSubmission;
import cn.justice.yearbook.validate.SubmissionValidator;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and reviews the drop folder without storing anything: what staff would be told if the files
 * were submitted now. Comparisons with stored history and peers are not part of it.
 */
@Component
public class DryRun {

    /** A file looked at, and either why it was skipped or what review made of it. */
    public record Checked(FoundFile file, ReviewedSubmission review) {
    }

    private final YearbookProperties properties;
    private final ReviewFileProcessor review;

    DryRun(YearbookProperties properties, WorkbookReader reader, SubmissionValidator validator, CountyLocator counties) {
        this.properties = properties;
        this.review = new ReviewFileProcessor(reader, validator, counties);
    }

    public List<Checked> check(Integer year) {
        List<Checked> checked = new ArrayList<>();
        for (FoundFile file : new DropFolderScanner().scan(properties.input(), year)) {
            if (file.ignoredBecause() != null) {
                checked.add(new Checked(file, null));
                continue;
            }
            DroppedFile dropped = new DroppedFile(file.path(), file.name(), file.relativePath(), file.size(),
                    file.modified(), Sha256.of(file.path()), file.folderYear());
            checked.add(new Checked(file, review.review(dropped, year)));
        }
        return checked;
    }
}
