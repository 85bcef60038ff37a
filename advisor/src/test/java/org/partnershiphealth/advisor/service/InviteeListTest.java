package org.partnershiphealth.advisor.service;

import org.junit.jupiter.api.Test;
import org.partnershiphealth.assessment.Role;
import org.partnershiphealth.assessment.Sector;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list of addresses a consultant pastes or uploads, as spreadsheets and mail programs write it. */
class InviteeListTest {

    @Test
    void aSpreadsheetExportWithAHeaderQuotesSemicolonsAndTabsIsRead() {
        List<InvitationService.Invitee> invitees = InvitationService.parse("\uFEFFE-mail;Sector;Role\r\n"
                + "\"ana@partner.example\";\"Nonprofit\";\"partner representative\"\r\n"
                + "ben@city.example\tgovernment\n\n"
                + "  cleo@firm.example  \n");

        assertThat(invitees).containsExactly(
                new InvitationService.Invitee("ana@partner.example", Sector.NONPROFIT, Role.PARTNER_REPRESENTATIVE),
                new InvitationService.Invitee("ben@city.example", Sector.GOVERNMENT, null),
                new InvitationService.Invitee("cleo@firm.example", null, null));
    }

    @Test
    void everyLineWithAProblemIsNamedAndAnEmptyListIsRefused() {
        assertThatThrownBy(() -> InvitationService.parse("ana@partner.example\nana at partner\n"
                + "ben@city.example, SPACE AGENCY\ncleo@firm.example, BUSINESS, CEO"))
                .hasMessageStartingWith("list: nothing was added; 3 lines to correct:")
                .hasMessageContaining("line 2: \"ana at partner\" is not an e-mail address")
                .hasMessageContaining("line 3: sector \"SPACE AGENCY\" is not one of BUSINESS")
                .hasMessageContaining("line 4: role \"CEO\" is not one of LEADERSHIP");
        assertThatThrownBy(() -> InvitationService.parse(" \n\n")).hasMessage(
                "list: no e-mail address found; put one address per line");
        assertThatThrownBy(() -> InvitationService.parse("x@y.example\n".repeat(InvitationService.MAX_PER_LIST + 1)))
                .hasMessageContaining("at most 2000 addresses at a time, not 2001");
    }
}
