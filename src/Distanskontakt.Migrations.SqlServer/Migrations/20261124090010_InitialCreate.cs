using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Distanskontakt.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AbandonedAttempts",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    QuestionPath = table.Column<string>(type: "varchar(256)", unicode: false, maxLength: 256, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AbandonedAttempts", x => new { x.UnitCode, x.Day, x.QuestionPath });
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoggedDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ContactDate = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    UserIdHash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    System = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Via1177Direkt = table.Column<bool>(type: "bit", nullable: true),
                    HandedOverSameUnitSameDay = table.Column<bool>(type: "bit", nullable: true),
                    SupportProgram = table.Column<bool>(type: "bit", nullable: true),
                    JournalDocumented = table.Column<bool>(type: "bit", nullable: true),
                    ReplacesVisit = table.Column<bool>(type: "bit", nullable: true),
                    LeadsToVisitSameDaySameUnit = table.Column<bool>(type: "bit", nullable: true),
                    QuestionPath = table.Column<string>(type: "varchar(256)", unicode: false, maxLength: 256, nullable: false),
                    RuleSetId = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    RuleSetStatus = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    Registration = table.Column<string>(type: "varchar(32)", unicode: false, maxLength: 32, nullable: false),
                    ContactTypeCode = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    ContactTypeName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    ContactTypeKey = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    Obligations = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    NoteKinds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Trace = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AppVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SecondsTaken = table.Column<int>(type: "int", nullable: true),
                    AnswersChanged = table.Column<int>(type: "int", nullable: true),
                    StepsBack = table.Column<int>(type: "int", nullable: true),
                    Comment = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoggedDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LogPurges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PurgedByHash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    PurgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CutoffUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RowsRemoved = table.Column<int>(type: "int", nullable: false),
                    UnitCodes = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogPurges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DecisionVoids",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RegistrationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VoidedByHash = table.Column<string>(type: "char(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionVoids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionVoids_LoggedDecisions_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "LoggedDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionVoids_RegistrationId",
                table: "DecisionVoids",
                column: "RegistrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_ContactDate",
                table: "LoggedDecisions",
                column: "ContactDate");

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_IdempotencyKey",
                table: "LoggedDecisions",
                column: "IdempotencyKey",
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_LoggedAtUtc",
                table: "LoggedDecisions",
                column: "LoggedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_UnitCode_Channel_ContactDate",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "Channel", "ContactDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_UnitCode_ContactDate_LoggedAtUtc",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "ContactDate", "LoggedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_UnitCode_ContactTypeKey_ContactDate",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "ContactTypeKey", "ContactDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_UnitCode_Registration_ContactDate",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "Registration", "ContactDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LoggedDecisions_UnitCode_System_ContactDate",
                table: "LoggedDecisions",
                columns: new[] { "UnitCode", "System", "ContactDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AbandonedAttempts");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DecisionVoids");

            migrationBuilder.DropTable(
                name: "LogPurges");

            migrationBuilder.DropTable(
                name: "LoggedDecisions");
        }
    }
}
