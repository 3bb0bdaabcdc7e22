package dev.kefu.app.channel.dingtalk;

import dev.kefu.app.channel.InboundPayloads;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DingTalk robot's message receiving URL: the {@code timestamp} and {@code sign} headers are
 * verified before the body is read, and each {@code msgId} is processed once. The answer goes
 * through the session webhook, so the HTTP reply is an empty JSON object.
 */
@RestController
@ConditionalOnProperty(prefix = "kefu.channels.dingtalk", name = "enabled", havingValue = "true")
class DingTalkCallbackController {

    private final DingTalkCallbacks callbacks;
    private final DingTalkSignature signature;

    DingTalkCallbackController(DingTalkCallbacks callbacks, DingTalkSignature signature) {
        this.callbacks = callbacks;
        this.signature = signature;
    }

    @PostMapping(path = "/api/v1/channels/dingtalk/callback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> receive(@RequestHeader(name = "timestamp", required = false) String timestamp,
                                                @RequestHeader(name = "sign", required = false) String sign,
                                                @RequestBody byte[] body) {
        signature.verify(timestamp, sign);
        callbacks.handle(InboundPayloads.object(body));
        return ResponseEntity.ok(Map.of());
    }
}
