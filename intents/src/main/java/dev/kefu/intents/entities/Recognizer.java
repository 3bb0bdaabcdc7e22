package dev.kefu.intents.entities;

import java.util.List;

/** Finds one kind of entity in a text and adds each one it finds to a list; overlaps are the extractor's to settle. */
interface Recognizer {

    void find(String text, List<Entity> out);
}
