package dev.kefu.app.admin;

import dev.kefu.app.web.InvalidInputException;
import dev.kefu.kb.catalog.KnowledgeCatalog;
import dev.kefu.kb.io.FaqFormat;
import dev.kefu.kb.io.FaqFormatException;
import dev.kefu.kb.io.FaqWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a whole knowledge-base file (the raw body, or the part {@code file} of a form) and
 * rebuilds the live index; a file with problems answers 422 with their lines and changes nothing.
 * Exports the published entries in the same formats, so an export imports back unchanged. Import
 * and export also answer under {@code /desk/api/admin/}, in a desk admin's session.
 */
@RestController
class KbFileController {

    private static final Map<FaqFormat, MediaType> MEDIA_TYPES = Map.of(
            FaqFormat.CSV, new MediaType("text", "csv", StandardCharsets.UTF_8),
            FaqFormat.JSON, MediaType.APPLICATION_JSON,
            FaqFormat.MARKDOWN, new MediaType("text", "markdown", StandardCharsets.UTF_8));

    private final KnowledgeCatalog catalog;
    private final FaqWriter writer = new FaqWriter();
    private final AdminActor actor;

    KbFileController(KnowledgeCatalog catalog, AdminActor actor) {
        this.catalog = catalog;
        this.actor = actor;
    }

    @PostMapping(path = {"/api/v1/admin/kb/import", "/desk/api/admin/kb/import"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView importForm(@RequestParam String format, @RequestPart("file") MultipartFile file, Principal deskUser)
            throws IOException, FaqFormatException {
        try (InputStream in = file.getInputStream()) {
            return importFile(in, format, deskUser);
        }
    }

    @PostMapping("/api/v1/admin/kb/import")
    ImportView importBody(@RequestParam String format, @RequestBody byte[] body) throws IOException, FaqFormatException {
        return importFile(new ByteArrayInputStream(body), format, null);
    }

    @GetMapping({"/api/v1/admin/kb/export", "/desk/api/admin/kb/export"})
    ResponseEntity<byte[]> export(@RequestParam String format) throws IOException {
        FaqFormat faqFormat = formatOf(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(catalog.published(), faqFormat, out);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", e.getMessage() + "; export as json instead");
        }
        String fileName = "knowledge-base." + (faqFormat == FaqFormat.MARKDOWN ? "md" : faqFormat.name().toLowerCase(Locale.ROOT));
        return ResponseEntity.ok().contentType(MEDIA_TYPES.get(faqFormat))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }

    @PostMapping("/api/v1/admin/kb/reindex")
    Map<String, Integer> reindex() {
        catalog.reindex();
        return Map.of("published", catalog.published().size());
    }

    private ImportView importFile(InputStream in, String format, Principal deskUser) throws IOException, FaqFormatException {
        return ImportView.of(catalog.importFile(in, formatOf(format), actor.of(deskUser)), catalog.published().size());
    }

    private static FaqFormat formatOf(String name) {
        return Arrays.stream(FaqFormat.values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "must be one of "
                        + Arrays.stream(FaqFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
