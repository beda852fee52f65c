package cn.justice.yearbook.render.workbook;

import cn.justice.yearbook.catalogue.Catalogue;
import cn.justice.yearbook.catalogue.Indicator;
import cn.justice.yearbook.finding.Messages;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * Excel data validation on the template's input cells: what may be typed (a whole number ≥ 0 for counts,
 * a number ≥ 0 for amounts, 0–100 for rates), an input message saying the unit and the definition, and a
 * stop alert in Chinese. It catches 「40件」 and 「85%以上」 where they are typed; pasted values bypass it,
 * which is why the reader stays tolerant.
 */
final class TemplateValidations {

    // Excel refuses longer titles and texts (and calls the file damaged), so they are cut to fit.
    private static final int MAX_TITLE = 32;
    private static final int MAX_TEXT = 250;

    private final XSSFSheet sheet;
    private final XSSFDataValidationHelper helper;
    private final Catalogue catalogue;

    TemplateValidations(XSSFSheet sheet, Catalogue catalogue) {
        this.sheet = sheet;
        this.helper = new XSSFDataValidationHelper(sheet);
        this.catalogue = catalogue;
    }

    void addValueInput(Indicator indicator, int row, int col) {
        DataValidationConstraint constraint = switch (indicator.type()) {
            case COUNT -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case AMOUNT -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case PERCENT -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
        };
        String kind = indicator.type().name().toLowerCase(java.util.Locale.ROOT);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(row, row, col, col));
        validation.setEmptyCellAllowed(true);
        validation.setShowPromptBox(true);
        validation.createPromptBox(cut(Messages.get("template.prompt.title", indicator.unit()), MAX_TITLE),
                cut(Messages.get("template.prompt." + kind, sentence(indicator.definition())), MAX_TEXT));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(Messages.get("template.error.title"),
                cut(Messages.get("template.error." + kind, indicator.name(), indicator.unit()), MAX_TEXT));
        sheet.addValidationData(validation);
    }

    /** The 说明 column takes any text; the validation only carries the input message. */
    void addNoteInput(List<Integer> rows, int col) {
        // POI's helper has no factory for 「any value」; the constraint class itself accepts it
        DataValidationConstraint any = new XSSFDataValidationConstraint(ValidationType.ANY, OperatorType.IGNORED, null);
        CellRangeAddressList cells = new CellRangeAddressList();
        rows.forEach(row -> cells.addCellRangeAddress(row, col, row, col));
        DataValidation validation = helper.createValidation(any, cells);
        validation.setEmptyCellAllowed(true);
        validation.setShowPromptBox(true);
        validation.createPromptBox(Messages.get("template.note.prompt.title"), cut(Messages.get("template.note.prompt"), MAX_TEXT));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }

    /** The one-line definition staff read: for a rate, its formula from the two counts it is built from. */
    String definition(Indicator indicator) {
        if (!indicator.isRatio()) {
            return indicator.definition();
        }
        return Messages.get("template.rate-definition", catalogue.get(indicator.numeratorCode()).name(),
                catalogue.get(indicator.denominatorCode()).name());
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() || stripped.matches(".*[。．.！？]$") ? stripped : stripped + "。";
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
