using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distanskontakt.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LoggedDecisions_UnitCode_ContactDate_LoggedAtUtc",
                table: "LoggedDecisions");

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_Review",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "ContactDate", "LoggedAtUtc", "ContactTypeKey", "Channel", "ReplacesVisit", "RuleSetStatus", "QuestionPath", "SecondsTaken", "AnswersChanged", "ContactTypeName", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LoggedDecisions_Review",
                table: "LoggedDecisions");

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_UnitCode_ContactDate_LoggedAtUtc",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "ContactDate", "LoggedAtUtc" });
        }
    }
}
