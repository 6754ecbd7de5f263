.param set @since '2025-06-01'

SELECT "l"."Answers", "l"."ContactTypeKey", COUNT(*)
FROM "LoggedDecisions" AS "l"
LEFT JOIN "DecisionVoids" AS "d" ON "l"."Id" = "d"."RegistrationId"
WHERE "l"."ContactDate" >= @since AND "d"."Id" IS NULL
GROUP BY "l"."Answers", "l"."ContactTypeKey"
