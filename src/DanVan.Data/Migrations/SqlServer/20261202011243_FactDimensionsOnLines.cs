using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.SqlServer
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AgencyName",
                table: "ReportingFactLines",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DifficultiesLength",
                table: "ReportingFactLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DirectiveId",
                table: "ReportingFactLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ReportingFactLines",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "ReportingFactLines",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "PeriodId",
                table: "ReportingFactLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ProposalsLength",
                table: "ReportingFactLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ResultsLength",
                table: "ReportingFactLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ReportingFactLines",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitPath",
                table: "ReportingFactLines",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "ReportingFactIndicators",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DirectiveId",
                table: "ReportingFactIndicators",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ReportingFactIndicators",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "ReportingFactIndicators",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "PeriodId",
                table: "ReportingFactIndicators",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UnitPath",
                table: "ReportingFactIndicators",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE l
                SET l.PeriodId = f.PeriodId, l.DirectiveId = f.DirectiveId, l.AgencyId = f.AgencyId, l.AgencyName = f.AgencyName,
                    l.Kind = f.Kind, l.UnitPath = f.UnitPath, l.Level = f.Level, l.Status = f.Status
                FROM ReportingFactLines AS l INNER JOIN ReportingFacts AS f ON f.Id = l.FactId;
                UPDATE l
                SET l.ResultsLength = COALESCE(DATALENGTH(t.Results) / 2, 0), l.DifficultiesLength = COALESCE(DATALENGTH(t.Difficulties) / 2, 0),
                    l.ProposalsLength = COALESCE(DATALENGTH(t.Proposals) / 2, 0)
                FROM ReportingFactLines AS l INNER JOIN ReportingFactTexts AS t ON t.LineId = l.Id;
                UPDATE i
                SET i.PeriodId = l.PeriodId, i.DirectiveId = l.DirectiveId, i.AgencyId = l.AgencyId, i.Kind = l.Kind,
                    i.UnitPath = l.UnitPath, i.Level = l.Level
                FROM ReportingFactIndicators AS i INNER JOIN ReportingFactLines AS l ON l.Id = i.LineId;
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
