package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.security.Consultant;
import org.partnershiphealth.advisor.service.DataService;
import org.partnershiphealth.advisor.store.AuditStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Managing collected data through the API: rename a partnership, correct a round's period, delete a response, a
 * round or a partnership (a deletion of a whole round or partnership must repeat its period or id in
 * {@code confirm}), export a round's raw answers, and read the organisation's audit record.
 */
@RestController
@Tag(name = "Data management")
class DataController {

    private final DataService data;

    DataController(DataService data) {
        this.data = data;
    }

    record Rename(String name) {
    }

    record Period(String period) {
    }


    @PatchMapping("/api/partnerships/{id}")
    @Operation(summary = "Rename a partnership (its id stays); published results show the new name")
    Map<String, Object> rename(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                               @RequestBody Rename body) {
        var renamed = data.renamePartnership(DataService.Actor.of(me), id, body == null ? null : body.name());
        return Map.of("id", renamed.id(), "slug", renamed.slug(), "name", renamed.name());
    }

    @DeleteMapping("/api/partnerships/{id}")
    @Operation(summary = "Delete a partnership with all its rounds, responses and results; confirm = its id (slug)")
    ResponseEntity<Void> deletePartnership(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                           @RequestParam(required = false) String confirm) {
        data.deletePartnership(DataService.Actor.of(me), id, confirm);
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/api/rounds/{id}")
    @Operation(summary = "Correct a round's period (409 when another round of the partnership has it)")
    Map<String, Object> changePeriod(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                     @RequestBody Period body) {
        var round = data.changePeriod(DataService.Actor.of(me), id, body == null ? null : body.period());
        return Map.of("id", round.id(), "period", round.period());
    }

    @DeleteMapping("/api/rounds/{id}")
    @Operation(summary = "Delete a round with its responses, invitations and results; confirm = its period")
    ResponseEntity<Void> deleteRound(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                     @RequestParam(required = false) String confirm) {
        data.deleteRound(DataService.Actor.of(me), id, confirm);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/rounds/{id}/responses/{ref}")
    @Operation(summary = "Delete one response by the reference the raw export shows; the round's published results"
            + " are withdrawn until the anonymity policy allows publishing again")
    Map<String, Object> deleteResponse(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                                       @PathVariable String ref) {
        int withdrawn = data.deleteResponse(DataService.Actor.of(me), id, ref);
        return Map.of("deleted", true, "resultsWithdrawn", withdrawn);
    }

    @GetMapping("/api/rounds/{id}/responses/raw")
    @Operation(summary = "The round's raw answers as CSV or XLSX, under the anonymity policy (409 below k"
            + " responses; rare profiles blanked; comments only from the comment threshold)")
    ResponseEntity<byte[]> raw(@AuthenticationPrincipal Consultant me, @PathVariable long id,
                               @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new IllegalArgumentException("format: csv or xlsx, not \"" + format + "\"");
        }
        DataService.Export export = data.exportRaw(DataService.Actor.of(me), id, format.equals("xlsx"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportFormats.attachment(export.fileName()))
                .body(export.content());
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The organisation's audit record of renames, deletions, exports and erasures, newest first")
    List<AuditStore.Event> audit(@AuthenticationPrincipal Consultant me,
                                 @RequestParam(defaultValue = "100") int limit) {
        return data.audit(me.organisationId(), limit);
    }
}
