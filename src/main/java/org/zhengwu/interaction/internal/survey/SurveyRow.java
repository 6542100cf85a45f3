package org.zhengwu.interaction.internal.survey;

/** A survey in the console's list: where it stands and how many have answered. */
public record SurveyRow(Survey survey, String statusKey, int responses) {
}
