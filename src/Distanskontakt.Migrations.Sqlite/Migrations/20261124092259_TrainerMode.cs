using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distanskontakt.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrainerMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScenarioAnswerCounts",
                columns: table => new
                {
                    ScenarioId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Right = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScenarioAnswerCounts", x => x.ScenarioId);
                });

            migrationBuilder.CreateTable(
                name: "TrainerScenarios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ContactDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    RuleSetId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Registration = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    ContactTypeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ContactTypeName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    RequiredObligations = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainerScenarios", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScenarioAnswerCounts");

            migrationBuilder.DropTable(
                name: "TrainerScenarios");
        }
    }
}
