using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "ReportLines",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "DirectiveTasks",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Directives",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_SearchName",
                table: "DirectiveTasks",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_Directives_SearchName",
                table: "Directives",
                column: "SearchName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_SearchName",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_Directives_SearchName",
                table: "Directives");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "ReportLines");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "DirectiveTasks");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Directives");
        }
    }
}
