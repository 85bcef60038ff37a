package org.partnershiphealth.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Normalises what YAML leaves out: an absent list is an empty, unmodifiable list. */
final class Content {

    private Content() {
    }

    /** Keeps null entries (a YAML "- " with nothing after it) so that validation can name them. */
    static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
