using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FactVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReportingFactVersions",
                columns: table => new
                {
                    PeriodId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingFactVersions", x => x.PeriodId);
                });

            migrationBuilder.Sql("INSERT INTO [ReportingFactVersions] ([PeriodId], [Version]) SELECT [Id], 0 FROM [ReportingPeriods];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReportingFactVersions");
        }
    }
}
