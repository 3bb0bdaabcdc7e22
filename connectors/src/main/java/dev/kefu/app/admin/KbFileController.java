package dev.kefu.app.admin;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a whole knowledge-base file (the raw body, or the part {@code file} of a form) and
 * rebuilds the live index. A file with problems answers 422 with their lines and changes nothing.
 */
@RestController
class KbFileController {

    private final KnowledgeCatalog catalog;
    private final String actor;

    KbFileController(KnowledgeCatalog catalog, AdminProperties properties) {
        this.catalog = catalog;
        this.actor = properties.actor();
    }

    @PostMapping(path = "/api/v1/admin/kb/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView importForm(@RequestParam String format, @RequestPart("file") MultipartFile file)
            throws IOException, FaqFormatException {
        try (InputStream in = file.getInputStream()) {
            return importFile(in, format);
        }
    }

    @PostMapping("/api/v1/admin/kb/import")
    ImportView importBody(@RequestParam String format, @RequestBody byte[] body) throws IOException, FaqFormatException {
        return importFile(new ByteArrayInputStream(body), format);
    }

    @PostMapping("/api/v1/admin/kb/reindex")
    Map<String, Integer> reindex() {
        catalog.reindex();
        return Map.of("published", catalog.published().size());
    }

    private ImportView importFile(InputStream in, String format) throws IOException, FaqFormatException {
        return ImportView.of(catalog.importFile(in, formatOf(format), actor), catalog.published().size());
    }

    // every format the reader knows is accepted, so Markdown works as soon as the reader has it
    private static FaqFormat formatOf(String name) {
        return Arrays.stream(FaqFormat.values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "must be one of "
                        + Arrays.stream(FaqFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
