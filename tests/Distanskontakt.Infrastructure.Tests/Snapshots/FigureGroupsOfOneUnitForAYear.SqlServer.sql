DECLARE @unit nvarchar(32) = N'HUD-SUS-LUND';
DECLARE @from date = '2025-06-02';
DECLARE @to date = '2026-06-01';

SELECT [l].[ContactTypeKey], [l].[ContactTypeName], [l].[Channel], [l].[ReplacesVisit], [l].[RuleSetStatus], [l].[QuestionPath], COUNT(*), COUNT(CASE
    WHEN [l].[SecondsTaken] IS NOT NULL THEN 1
END), COUNT(CASE
    WHEN [l].[AnswersChanged] > 0 THEN 1
END)
FROM [LoggedDecisions] AS [l]
LEFT JOIN [DecisionVoids] AS [d] ON [l].[Id] = [d].[RegistrationId]
WHERE [l].[UnitCode] = @unit AND [l].[ContactDate] >= @from AND [l].[ContactDate] <= @to AND [d].[Id] IS NULL
GROUP BY [l].[ContactTypeKey], [l].[ContactTypeName], [l].[Channel], [l].[ReplacesVisit], [l].[RuleSetStatus], [l].[QuestionPath]
