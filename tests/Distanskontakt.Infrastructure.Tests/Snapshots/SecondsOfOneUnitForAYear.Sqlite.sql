.param set @unit 'HUD-SUS-LUND'
.param set @from '2025-06-02'
.param set @to '2026-06-01'

SELECT "l"."QuestionPath", "l"."SecondsTaken"
FROM "LoggedDecisions" AS "l"
LEFT JOIN "DecisionVoids" AS "d" ON "l"."Id" = "d"."RegistrationId"
WHERE "l"."UnitCode" = @unit AND "l"."ContactDate" >= @from AND "l"."ContactDate" <= @to AND "d"."Id" IS NULL AND "l"."SecondsTaken" IS NOT NULL
