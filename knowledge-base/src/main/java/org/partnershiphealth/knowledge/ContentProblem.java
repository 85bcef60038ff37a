package org.partnershiphealth.knowledge;

/** One thing wrong with the content: the file, the id (or position) it concerns, and what is wrong. */
public record ContentProblem(String file, String id, String message) {

    @Override
    public String toString() {
        return id == null || id.isBlank() ? file + ": " + message : file + " [" + id + "]: " + message;
    }
}
