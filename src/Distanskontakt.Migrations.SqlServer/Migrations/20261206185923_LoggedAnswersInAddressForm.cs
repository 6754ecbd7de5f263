using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distanskontakt.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LoggedAnswersInAddressForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Answers",
                table: "LoggedDecisions",
                type: "varchar(512)",
                unicode: false,
                maxLength: 512,
                nullable: false,
                defaultValue: "");

            // Every existing row keeps its answers: written in address form, in asking order, before the columns go.
            // EXEC: the script batch also holds the ALTER that adds the column, so the statement is compiled only when run.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [LoggedDecisions] SET [Answers] = ''system='' +
                    [System] +
                    ''&channel='' +
                    [Channel] +
                    CASE [Via1177Direkt] WHEN 1 THEN ''&via1177Direkt=true'' WHEN 0 THEN ''&via1177Direkt=false'' ELSE '''' END +
                    CASE [HandedOverSameUnitSameDay] WHEN 1 THEN ''&handedOverSameUnitSameDay=true'' WHEN 0 THEN ''&handedOverSameUnitSameDay=false'' ELSE '''' END +
                    CASE [SupportProgram] WHEN 1 THEN ''&supportProgram=true'' WHEN 0 THEN ''&supportProgram=false'' ELSE '''' END +
                    CASE [ReplacesVisit] WHEN 1 THEN ''&replacesVisit=true'' WHEN 0 THEN ''&replacesVisit=false'' ELSE '''' END +
                    CASE [JournalDocumented] WHEN 1 THEN ''&journalDocumented=true'' WHEN 0 THEN ''&journalDocumented=false'' ELSE '''' END +
                    CASE [LeadsToVisitSameDaySameUnit] WHEN 1 THEN ''&leadsToVisitSameDaySameUnit=true'' WHEN 0 THEN ''&leadsToVisitSameDaySameUnit=false'' ELSE '''' END');
                """);

            migrationBuilder.DropColumn(
                name: "Via1177Direkt",
                table: "LoggedDecisions");

            migrationBuilder.DropColumn(
                name: "HandedOverSameUnitSameDay",
                table: "LoggedDecisions");

            migrationBuilder.DropColumn(
                name: "SupportProgram",
                table: "LoggedDecisions");

            migrationBuilder.DropColumn(
                name: "JournalDocumented",
                table: "LoggedDecisions");

            migrationBuilder.DropColumn(
                name: "LeadsToVisitSameDaySameUnit",
                table: "LoggedDecisions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HandedOverSameUnitSameDay",
                table: "LoggedDecisions",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "JournalDocumented",
                table: "LoggedDecisions",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LeadsToVisitSameDaySameUnit",
                table: "LoggedDecisions",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SupportProgram",
                table: "LoggedDecisions",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Via1177Direkt",
                table: "LoggedDecisions",
                type: "bit",
                nullable: true);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE [LoggedDecisions] SET [Via1177Direkt] = CASE WHEN CHARINDEX(''&via1177Direkt=true&'', ''&'' + [Answers] + ''&'') > 0 THEN 1 WHEN CHARINDEX(''&via1177Direkt=false&'', ''&'' + [Answers] + ''&'') > 0 THEN 0 END,
                    [HandedOverSameUnitSameDay] = CASE WHEN CHARINDEX(''&handedOverSameUnitSameDay=true&'', ''&'' + [Answers] + ''&'') > 0 THEN 1 WHEN CHARINDEX(''&handedOverSameUnitSameDay=false&'', ''&'' + [Answers] + ''&'') > 0 THEN 0 END,
                    [SupportProgram] = CASE WHEN CHARINDEX(''&supportProgram=true&'', ''&'' + [Answers] + ''&'') > 0 THEN 1 WHEN CHARINDEX(''&supportProgram=false&'', ''&'' + [Answers] + ''&'') > 0 THEN 0 END,
                    [JournalDocumented] = CASE WHEN CHARINDEX(''&journalDocumented=true&'', ''&'' + [Answers] + ''&'') > 0 THEN 1 WHEN CHARINDEX(''&journalDocumented=false&'', ''&'' + [Answers] + ''&'') > 0 THEN 0 END,
                    [LeadsToVisitSameDaySameUnit] = CASE WHEN CHARINDEX(''&leadsToVisitSameDaySameUnit=true&'', ''&'' + [Answers] + ''&'') > 0 THEN 1 WHEN CHARINDEX(''&leadsToVisitSameDaySameUnit=false&'', ''&'' + [Answers] + ''&'') > 0 THEN 0 END');
                """);

            migrationBuilder.DropColumn(
                name: "Answers",
                table: "LoggedDecisions");
        }
    }
}
