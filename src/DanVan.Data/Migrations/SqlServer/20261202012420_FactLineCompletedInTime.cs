using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FactLineCompletedInTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportingFactLines_Counts",
                table: "ReportingFactLines");

            migrationBuilder.AddColumn<bool>(
                name: "CompletedInTime",
                table: "ReportingFactLines",
                type: "bit",
                nullable: true);

            migrationBuilder.Sql(
                """
                UPDATE ReportingFactLines
                SET CompletedInTime = CASE WHEN DueOn IS NULL OR CompletedOn <= DueOn THEN 1 ELSE 0 END
                WHERE CompletedOn IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFactLines_Counts",
                table: "ReportingFactLines",
                columns: new[] { "PeriodId", "DirectiveId", "UnitPath", "TaskId", "IsAssigned", "Progress", "DueOn", "CompletedInTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReportingFactLines_Counts",
                table: "ReportingFactLines");

            migrationBuilder.DropColumn(
                name: "CompletedInTime",
                table: "ReportingFactLines");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingFactLines_Counts",
                table: "ReportingFactLines",
                columns: new[] { "PeriodId", "DirectiveId", "UnitPath", "TaskId", "IsAssigned", "Progress", "DueOn", "CompletedOn" });
        }
    }
}
