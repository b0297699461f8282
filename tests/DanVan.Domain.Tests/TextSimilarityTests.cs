using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

public class TextSimilarityTests
{
    private const string Previous =
        "Tổ chức 3 buổi đối thoại trực tiếp giữa người đứng đầu với Nhân dân; tiếp nhận và trả lời 24 ý kiến, kiến nghị. Kết quả được Nhân dân ghi nhận, đồng thuận.";

    [Fact]
    public void Results_copied_with_only_the_figures_changed_are_unchanged_from_last_period()
    {
        const string current =
            "Tổ chức 4 buổi đối thoại trực tiếp giữa người đứng đầu với Nhân dân; tiếp nhận và trả lời 31 ý kiến, kiến nghị. Kết quả được Nhân dân ghi nhận, đồng thuận.";

        Assert.True(TextSimilarity.Score(current, Previous) >= 0.9);
        Assert.True(TextSimilarity.IsUnchanged(current, Previous));
    }

    [Fact]
    public void Case_punctuation_and_Unicode_composition_do_not_matter()
    {
        var decomposed = Previous.ToUpperInvariant().Replace(";", " -", StringComparison.Ordinal).Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(1.0, TextSimilarity.Score(decomposed, Previous), 6);
    }

    [Fact]
    public void Results_about_different_work_are_not_unchanged()
    {
        const string current = "Đăng tải 12 tin, bài tuyên truyền về công tác dân vận chính quyền trên trang thông tin điện tử và hệ thống truyền thanh cơ sở.";

        Assert.True(TextSimilarity.Score(current, Previous) < 0.9);
        Assert.False(TextSimilarity.IsUnchanged(current, Previous));
    }

    [Fact]
    public void A_few_sentences_added_to_last_periods_text_make_it_changed()
    {
        var current = Previous + " Phối hợp với Ủy ban Mặt trận Tổ quốc tổ chức giám sát việc thực hiện quy chế dân chủ ở cơ sở tại 5 tổ dân phố.";

        Assert.False(TextSimilarity.IsUnchanged(current, Previous));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("   ", Previous)]
    [InlineData(Previous, null)]
    [InlineData(";,.", ";,.")]
    public void An_empty_text_repeats_nothing(string? current, string? previous)
    {
        Assert.Equal(0, TextSimilarity.Score(current, previous));
        Assert.False(TextSimilarity.IsUnchanged(current, previous));
    }

    [Fact]
    public void The_score_is_symmetric_and_identical_texts_score_one()
    {
        const string other = "Tổ chức 2 hội nghị quán triệt Chỉ thị số 07-CT/TU.";

        Assert.Equal(TextSimilarity.Score(other, Previous), TextSimilarity.Score(Previous, other), 10);
        Assert.Equal(1.0, TextSimilarity.Score(Previous, Previous), 10);
    }
}
