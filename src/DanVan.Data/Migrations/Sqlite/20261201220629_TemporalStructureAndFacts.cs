using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TemporalStructureAndFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Assignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartsOn",
                table: "Assignments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Path",
                table: "AdministrativeUnits",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AgencyVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyVersions_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgencyVersions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectiveId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: true),
                    Submitted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitPredecessors",
                columns: table => new
                {
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitPredecessors", x => new { x.SuccessorId, x.PredecessorId });
                    table.ForeignKey(
                        name: "FK_UnitPredecessors_AdministrativeUnits_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitPredecessors_AdministrativeUnits_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitVersions_AdministrativeUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitVersions_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingFactLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FactId = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaskId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsAssigned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingFactLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingFactLines_ReportingFacts_FactId",
                        column: x => x.FactId,
                        principalTable: "ReportingFacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingFactIndicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineId = table.Column<long>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingFactIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingFactIndicators_ReportingFactLines_LineId",
                        column: x => x.LineId,
                        principalTable: "ReportingFactLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingFactTexts",
                columns: table => new
                {
                    LineId = table.Column<long>(type: "INTEGER", nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Difficulties = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingFactTexts", x => x.LineId);
                    table.ForeignKey(
                        name: "FK_ReportingFactTexts_ReportingFactLines_LineId",
                        column: x => x.LineId,
                        principalTable: "ReportingFactLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_Path",
                table: "AdministrativeUnits",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyVersions_AgencyId_ValidFrom",
                table: "AgencyVersions",
                columns: new[] { "AgencyId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyVersions_UnitId_ValidFrom",
                table: "AgencyVersions",
                columns: new[] { "UnitId", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFactIndicators_LineId_IndicatorId",
                table: "ReportingFactIndicators",
                columns: new[] { "LineId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFactLines_FactId_TaskId",
                table: "ReportingFactLines",
                columns: new[] { "FactId", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFacts_AgencyId_PeriodId",
                table: "ReportingFacts",
                columns: new[] { "AgencyId", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFacts_PeriodId_DirectiveId_AgencyId",
                table: "ReportingFacts",
                columns: new[] { "PeriodId", "DirectiveId", "AgencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFacts_PeriodId_DirectiveId_UnitPath",
                table: "ReportingFacts",
                columns: new[] { "PeriodId", "DirectiveId", "UnitPath" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitPredecessors_PredecessorId",
                table: "UnitPredecessors",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitVersions_ParentId",
                table: "UnitVersions",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitVersions_UnitId_ValidFrom",
                table: "UnitVersions",
                columns: new[] { "UnitId", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitVersions_ValidFrom_ValidTo",
                table: "UnitVersions",
                columns: new[] { "ValidFrom", "ValidTo" });
            migrationBuilder.Sql(
                """
                WITH RECURSIVE tree(Id, Path) AS (
                    SELECT Id, '/' || Code || '/' FROM AdministrativeUnits WHERE ParentId IS NULL
                    UNION ALL
                    SELECT u.Id, t.Path || u.Code || '/' FROM AdministrativeUnits u JOIN tree t ON u.ParentId = t.Id)
                UPDATE AdministrativeUnits SET Path = (SELECT Path FROM tree WHERE tree.Id = AdministrativeUnits.Id);
                INSERT INTO UnitVersions (UnitId, ParentId, Name, Level, ValidFrom, ValidTo)
                    SELECT Id, ParentId, Name, Level, ValidFrom, ValidTo FROM AdministrativeUnits;
                INSERT INTO AgencyVersions (AgencyId, UnitId, Name, Kind, IsActive, ValidFrom, ValidTo)
                    SELECT a.Id, a.UnitId, a.Name, a.Kind, a.IsActive, u.ValidFrom, NULL FROM Agencies a JOIN AdministrativeUnits u ON u.Id = a.UnitId;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyVersions");

            migrationBuilder.DropTable(
                name: "ReportingFactIndicators");

            migrationBuilder.DropTable(
                name: "ReportingFactTexts");

            migrationBuilder.DropTable(
                name: "UnitPredecessors");

            migrationBuilder.DropTable(
                name: "UnitVersions");

            migrationBuilder.DropTable(
                name: "ReportingFactLines");

            migrationBuilder.DropTable(
                name: "ReportingFacts");

            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_Path",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "StartsOn",
                table: "Assignments");

            migrationBuilder.DropColumn(
                name: "Path",
                table: "AdministrativeUnits");
        }
    }
}
