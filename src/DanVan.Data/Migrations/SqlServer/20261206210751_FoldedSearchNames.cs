using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FoldedSearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "AspNetUsers",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Agencies",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "AdministrativeUnits",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_SearchName",
                table: "AspNetUsers",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_SearchName",
                table: "Agencies",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_AdministrativeUnits_SearchName",
                table: "AdministrativeUnits",
                column: "SearchName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_SearchName",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_SearchName",
                table: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_AdministrativeUnits_SearchName",
                table: "AdministrativeUnits");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "AdministrativeUnits");
        }
    }
}
