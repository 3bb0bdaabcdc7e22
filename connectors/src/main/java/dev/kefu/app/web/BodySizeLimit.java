package dev.kefu.app.web;

/** A body limit for the requests under a path, instead of {@code kefu.chat.max-body-bytes}; declare one as a bean. */
public record BodySizeLimit(String pathPrefix, long maxBytes) {
}
