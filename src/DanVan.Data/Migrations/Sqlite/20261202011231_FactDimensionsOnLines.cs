using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FactDimensionsOnLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "ReportingFactLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AgencyName",
                table: "ReportingFactLines",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DifficultiesLength",
                table: "ReportingFactLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DirectiveId",
                table: "ReportingFactLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ReportingFactLines",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "ReportingFactLines",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "PeriodId",
                table: "ReportingFactLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProposalsLength",
                table: "ReportingFactLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ResultsLength",
                table: "ReportingFactLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ReportingFactLines",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitPath",
                table: "ReportingFactLines",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "ReportingFactIndicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DirectiveId",
                table: "ReportingFactIndicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ReportingFactIndicators",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "ReportingFactIndicators",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "PeriodId",
                table: "ReportingFactIndicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnitPath",
                table: "ReportingFactIndicators",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE ReportingFactLines
                SET PeriodId = f.PeriodId, DirectiveId = f.DirectiveId, AgencyId = f.AgencyId, AgencyName = f.AgencyName,
                    Kind = f.Kind, UnitPath = f.UnitPath, Level = f.Level, Status = f.Status
                FROM ReportingFacts AS f WHERE f.Id = ReportingFactLines.FactId;
                UPDATE ReportingFactLines
                SET ResultsLength = COALESCE(LENGTH(t.Results), 0), DifficultiesLength = COALESCE(LENGTH(t.Difficulties), 0),
                    ProposalsLength = COALESCE(LENGTH(t.Proposals), 0)
                FROM ReportingFactTexts AS t WHERE t.LineId = ReportingFactLines.Id;
                UPDATE ReportingFactIndicators
                SET PeriodId = l.PeriodId, DirectiveId = l.DirectiveId, AgencyId = l.AgencyId, Kind = l.Kind,
                    UnitPath = l.UnitPath, Level = l.Level
                FROM ReportingFactLines AS l WHERE l.Id = ReportingFactIndicators.LineId;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFactLines_Counts",
                table: "ReportingFactLines",
                columns: new[] { "PeriodId", "DirectiveId", "UnitPath", "TaskId", "IsAssigned", "Progress", "DueOn", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFactIndicators_Sums",
                table: "ReportingFactIndicators",
                columns: new[] { "PeriodId", "DirectiveId", "UnitPath", "IndicatorId", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportingFactLines_Counts",
                table: "ReportingFactLines");

            migrationBuilder.DropIndex(
                name: "IX_ReportingFactIndicators_Sums",
                table: "ReportingFactIndicators");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "AgencyName",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "DifficultiesLength",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "DirectiveId",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "PeriodId",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "ProposalsLength",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "ResultsLength",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "UnitPath",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "ReportingFactIndicators");

            migrationBuilder.DropColumn(
                name: "DirectiveId",
                table: "ReportingFactIndicators");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ReportingFactIndicators");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "ReportingFactIndicators");

            migrationBuilder.DropColumn(
                name: "PeriodId",
                table: "ReportingFactIndicators");

            migrationBuilder.DropColumn(
                name: "UnitPath",
                table: "ReportingFactIndicators");
        }
    }
}
