using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distanskontakt.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                unicode: false,
                maxLength: 512,
                nullable: false,
                defaultValue: "");

            // Every existing row keeps its answers: written in address form, in asking order, before the columns go.
            migrationBuilder.Sql("""
                UPDATE "LoggedDecisions" SET "Answers" = 'system=' ||
                    "System" ||
                    '&channel=' ||
                    "Channel" ||
                    CASE "Via1177Direkt" WHEN 1 THEN '&via1177Direkt=true' WHEN 0 THEN '&via1177Direkt=false' ELSE '' END ||
                    CASE "HandedOverSameUnitSameDay" WHEN 1 THEN '&handedOverSameUnitSameDay=true' WHEN 0 THEN '&handedOverSameUnitSameDay=false' ELSE '' END ||
                    CASE "SupportProgram" WHEN 1 THEN '&supportProgram=true' WHEN 0 THEN '&supportProgram=false' ELSE '' END ||
                    CASE "ReplacesVisit" WHEN 1 THEN '&replacesVisit=true' WHEN 0 THEN '&replacesVisit=false' ELSE '' END ||
                    CASE "JournalDocumented" WHEN 1 THEN '&journalDocumented=true' WHEN 0 THEN '&journalDocumented=false' ELSE '' END ||
                    CASE "LeadsToVisitSameDaySameUnit" WHEN 1 THEN '&leadsToVisitSameDaySameUnit=true' WHEN 0 THEN '&leadsToVisitSameDaySameUnit=false' ELSE '' END;
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "JournalDocumented",
                table: "LoggedDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LeadsToVisitSameDaySameUnit",
                table: "LoggedDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SupportProgram",
                table: "LoggedDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Via1177Direkt",
                table: "LoggedDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE "LoggedDecisions" SET "Via1177Direkt" = CASE WHEN instr('&' || "Answers" || '&', '&via1177Direkt=true&') > 0 THEN 1 WHEN instr('&' || "Answers" || '&', '&via1177Direkt=false&') > 0 THEN 0 END,
                    "HandedOverSameUnitSameDay" = CASE WHEN instr('&' || "Answers" || '&', '&handedOverSameUnitSameDay=true&') > 0 THEN 1 WHEN instr('&' || "Answers" || '&', '&handedOverSameUnitSameDay=false&') > 0 THEN 0 END,
                    "SupportProgram" = CASE WHEN instr('&' || "Answers" || '&', '&supportProgram=true&') > 0 THEN 1 WHEN instr('&' || "Answers" || '&', '&supportProgram=false&') > 0 THEN 0 END,
                    "JournalDocumented" = CASE WHEN instr('&' || "Answers" || '&', '&journalDocumented=true&') > 0 THEN 1 WHEN instr('&' || "Answers" || '&', '&journalDocumented=false&') > 0 THEN 0 END,
                    "LeadsToVisitSameDaySameUnit" = CASE WHEN instr('&' || "Answers" || '&', '&leadsToVisitSameDaySameUnit=true&') > 0 THEN 1 WHEN instr('&' || "Answers" || '&', '&leadsToVisitSameDaySameUnit=false&') > 0 THEN 0 END;
                """);

            migrationBuilder.DropColumn(
                name: "Answers",
                table: "LoggedDecisions");
        }
    }
}
