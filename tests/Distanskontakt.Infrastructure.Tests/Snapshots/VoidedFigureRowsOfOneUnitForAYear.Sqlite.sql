.param set @unit 'HUD-SUS-LUND'
.param set @from '2025-06-02'
.param set @to '2026-06-01'

SELECT "l0"."ContactTypeKey", "l0"."ContactTypeName", "l0"."Channel", "l0"."ReplacesVisit", "l0"."RuleSetStatus", "l0"."QuestionPath", "l0"."SecondsTaken", "l0"."AnswersChanged"
FROM "DecisionVoids" AS "d"
INNER JOIN (
    SELECT "l"."Id", "l"."AnswersChanged", "l"."Channel", "l"."ContactTypeKey", "l"."ContactTypeName", "l"."QuestionPath", "l"."ReplacesVisit", "l"."RuleSetStatus", "l"."SecondsTaken"
    FROM "LoggedDecisions" AS "l"
    WHERE "l"."UnitCode" = @unit AND "l"."ContactDate" >= @from AND "l"."ContactDate" <= @to
) AS "l0" ON "d"."RegistrationId" = "l0"."Id"
