package dev.kefu.app.admin;

import dev.kefu.kb.catalog.ImportResult;

/** What an import changed, and how many entries the bot now answers from. */
record ImportView(int created, int updated, int unchanged, int removed, int published) {

    static ImportView of(ImportResult result, int published) {
        return new ImportView(result.created(), result.updated(), result.unchanged(), result.removed(), published);
    }
}
