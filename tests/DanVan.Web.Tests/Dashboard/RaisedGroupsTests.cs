using DanVan.Web.Dashboard;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>Difficulties and proposals are grouped by the one folding rule and near-identical wording, the largest group first, agencies counted once.</summary>
public sealed class RaisedGroupsTests
{
    [Fact]
    public void Texts_alike_but_for_case_diacritics_tone_placement_or_a_word_are_one_group_counted_by_agency()
    {
        RaisedText[] raised =
        [
            new(1, "Sở A", 10, "Kinh phí cho công tác tuyên truyền còn hạn chế."),
            new(1, "Sở A", 11, "Kinh phí cho công tác tuyên truyền còn hạn chế."),
            new(2, "Sở B", 10, "KINH PHI CHO CONG TAC TUYEN TRUYEN CON HAN CHE"),
            new(3, "Sở C", 10, "Kinh phí cho các công tác tuyên truyền còn hạn chế"),
            new(4, "Sở D", 10, "Cán bộ kiêm nhiệm nhiều việc."),
            new(5, "Sở E", 10, "Cán bộ kiêm nhiệm nhiều việc"),
            new(6, "Sở F", 10, "Hệ thống loa truyền thanh đã xuống cấp."),
        ];

        var summary = RaisedGroups.Of(raised);

        Assert.Equal((7, 6), (summary.Texts, summary.Agencies));
        Assert.Equal(["Kinh phí cho công tác tuyên truyền còn hạn chế.", "Cán bộ kiêm nhiệm nhiều việc.", "Hệ thống loa truyền thanh đã xuống cấp."], summary.Groups.Select(g => g.Text));
        Assert.Equal([3, 2, 1], summary.Groups.Select(g => g.Agencies));
        Assert.Equal([["Sở A", "Sở B", "Sở C"], ["Sở D", "Sở E"], ["Sở F"]], summary.Groups.Select(g => g.Named));
        Assert.Equal((0, 0), (summary.OtherTexts, summary.OtherAgencies));
    }

    [Fact]
    public void A_group_names_its_first_agencies_in_Vietnamese_order_and_counts_all()
    {
        string[] names = ["Sở Y tế", "Sở Đỗ", "Sở Vũ", "Sở Dương", "Sở An", "Sở Bình", "Sở Đặng", "Sở Cường"];
        var raised = names.Select((name, i) => new RaisedText(i, name, 1, "Thiếu kinh phí tuyên truyền.")).ToList();

        var group = Assert.Single(RaisedGroups.Of(raised).Groups);

        Assert.Equal(names.Length, group.Agencies);
        Assert.Equal(["Sở An", "Sở Bình", "Sở Cường", "Sở Dương", "Sở Đặng"], group.Named);
    }

    [Fact]
    public void Beyond_the_groups_shown_the_rest_is_counted_not_dropped()
    {
        var raised = Enumerable.Range(1, RaisedGroups.Shown + 3)
            .Select(i => new RaisedText(i, $"Cơ quan {i}", 1, string.Join(' ', Enumerable.Range(0, 6).Select(k => $"ý{i}k{k}"))))
            .ToList();

        var summary = RaisedGroups.Of(raised);

        Assert.Equal(RaisedGroups.Shown, summary.Groups.Count);
        Assert.Equal((3, 3), (summary.OtherTexts, summary.OtherAgencies));
    }
}
