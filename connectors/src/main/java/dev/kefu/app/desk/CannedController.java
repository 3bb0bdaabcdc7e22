package dev.kefu.app.desk;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The canned answers of {@code kefu.desk.canned}, for the reply box. */
@RestController
class CannedController {

    private final DeskProperties properties;

    CannedController(DeskProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/desk/api/canned")
    List<DeskProperties.CannedAnswer> canned() {
        return properties.answers();
    }
}
