package dev.kefu.app.autocomplete;

import dev.kefu.kb.search.KnowledgeBase;
import dev.kefu.text.script.ChineseScript;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires question autocomplete to the knowledge base. */
@Configuration(proxyBeanMethods = false)
class AutocompleteConfiguration {

    @Bean
    CurrentSuggester currentSuggester(KnowledgeBase knowledgeBase, ChineseScript script) {
        return new CurrentSuggester(knowledgeBase, script);
    }
}
