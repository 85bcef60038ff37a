package org.partnershiphealth.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershiphealth.advisor.diagnosis.Advisor;
import org.partnershiphealth.advisor.intake.IntakeOptions;
import org.partnershiphealth.advisor.intake.SurveyReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Stateless diagnosis of an uploaded survey file: nothing is stored. */
@RestController
@Tag(name = "Diagnose")
class DiagnoseController {

    private final Advisor advisor;
    private final SurveyReader reader;

    DiagnoseController(Advisor advisor) {
        this.advisor = advisor;
        this.reader = new SurveyReader(advisor.knowledge());
    }

    @PostMapping(value = "/api/diagnose", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Diagnose a survey file: native JSON/YAML, or a CSV export (then without partnership facts)")
    ResponseEntity<String> diagnose(@RequestParam("file") MultipartFile file,
                                    @RequestParam(defaultValue = "false") boolean skipInvalid) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.json" : file.getOriginalFilename();
        return RoundController.json(advisor.diagnose(reader.read(name, file.getBytes(),
                IntakeOptions.strict().skippingInvalid(skipInvalid), null)));
    }
}
