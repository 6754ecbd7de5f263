DECLARE @unit nvarchar(32) = N'HUD-SUS-LUND';
DECLARE @from date = '2025-06-02';
DECLARE @to date = '2026-06-01';

SELECT [l].[ContactTypeKey], [l].[ContactTypeName], [l].[Channel], [l].[ReplacesVisit], [l].[RuleSetStatus], [l].[QuestionPath], [l].[SecondsTaken], [l].[AnswersChanged]
FROM [LoggedDecisions] AS [l]
WHERE [l].[UnitCode] = @unit AND [l].[ContactDate] >= @from AND [l].[ContactDate] <= @to
