.param set @unit 'HUD-SUS-LUND'
.param set @from '2026-05-02'
.param set @to '2026-06-01'

SELECT "l"."Id", "l"."Answers", "l"."AnswersChanged", "l"."AppVersion", "l"."Channel", "l"."Comment", "l"."ContactDate", "l"."ContactTypeCode", "l"."ContactTypeKey", "l"."ContactTypeName", "l"."IdempotencyKey", "l"."LoggedAtUtc", "l"."NoteKinds", "l"."Obligations", "l"."QuestionPath", "l"."Registration", "l"."ReplacesVisit", "l"."Role", "l"."RuleSetId", "l"."RuleSetStatus", "l"."SecondsTaken", "l"."StepsBack", "l"."System", "l"."Trace", "l"."UnitCode", "l"."UserIdHash"
FROM "LoggedDecisions" AS "l"
WHERE "l"."UnitCode" = @unit AND "l"."ContactDate" >= @from AND "l"."ContactDate" <= @to
