package org.reviewworkspace.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a report's XHTML as PDF with openhtmltopdf. The document carries its own styles and
 * uses only the PDF base-14 fonts, so the renderer is allowed no external resource at all: no
 * stylesheet, image or font is ever fetched, from the network or the file system.
 */
final class ReportPdf {

    /** Where relative links would resolve; the report has none, and nothing may be loaded from it. */
    private static final String NO_BASE = "about:blank";

    static {
        // openhtmltopdf writes to the console by default, past the application's log configuration
        XRLog.setLoggerImpl(new Slf4jLog());
    }

    private ReportPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer("Review Workspace");
        builder.withHtmlContent(xhtml, NO_BASE);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be printed as PDF", e);
        }
        return pdf.toByteArray();
    }

    /**
     * openhtmltopdf's messages under their own logger names ({@code com.openhtmltopdf.*}). Its
     * INFO messages are progress notes ("parse stylesheets 2ms"), so they are logged at DEBUG.
     */
    private static final class Slf4jLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            Logger logger = LoggerFactory.getLogger(where);
            int severity = level.intValue();
            if (severity >= Level.SEVERE.intValue()) {
                logger.error(message, error);
            } else if (severity >= Level.WARNING.intValue()) {
                logger.warn(message, error);
            } else if (severity >= Level.INFO.intValue()) {
                logger.debug(message, error);
            } else {
                logger.trace(message, error);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels come from the application's logging configuration
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
            int severity = diagnostic.getLevel().intValue();
            return severity >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                    : severity >= Level.WARNING.intValue() ? logger.isWarnEnabled()
                    : severity >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
        }
    }
}
