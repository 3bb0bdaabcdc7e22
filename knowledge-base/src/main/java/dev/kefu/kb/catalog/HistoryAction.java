package dev.kefu.kb.catalog;

/** What happened to an entry. */
public enum HistoryAction {
    CREATE, UPDATE, DELETE, PUBLISH, IMPORT
}
