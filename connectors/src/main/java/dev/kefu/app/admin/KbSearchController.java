package dev.kefu.app.admin;

import dev.kefu.kb.search.KnowledgeBase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tries a question on the live knowledge base, as the bot would see it. */
@RestController
class KbSearchController {

    private final KnowledgeBase knowledgeBase;

    KbSearchController(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GetMapping("/api/v1/admin/kb/search")
    SearchView search(@RequestParam @NotBlank @Size(max = 2000) String q) {
        return SearchView.of(q, knowledgeBase.search(q));
    }
}
