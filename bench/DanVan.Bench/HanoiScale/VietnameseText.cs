using System.Globalization;
using System.Text;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// Report texts in the register of Vietnamese administrative reports on "dân vận chính quyền", assembled from a
/// vocabulary of sentences with figures, all drawn from the caller's seeded <see cref="Random"/>.
/// </summary>
internal static class VietnameseText
{
    private static readonly string[] Openings =
    [
        "Thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Thành ủy, {agency} đã xây dựng kế hoạch và triển khai đồng bộ các nhiệm vụ.",
        "Trong kỳ báo cáo, {agency} tiếp tục bám sát sự lãnh đạo, chỉ đạo của cấp ủy cấp trên về công tác dân vận chính quyền.",
        "Quán triệt quan điểm “lấy dân làm gốc”, {agency} đã cụ thể hóa nhiệm vụ thành các chương trình, kế hoạch công tác.",
        "Bám sát Kế hoạch số {n}/KH-UBND, {agency} đã chỉ đạo các bộ phận chuyên môn tổ chức thực hiện nghiêm túc.",
    ];

    private static readonly string[] Results =
    [
        "Tổ chức {n} hội nghị quán triệt, triển khai Chỉ thị đến {m} lượt cán bộ, đảng viên, công chức.",
        "Người đứng đầu cấp ủy, chính quyền tổ chức {n} buổi đối thoại trực tiếp với Nhân dân về giải phóng mặt bằng, trật tự đô thị và vệ sinh môi trường.",
        "Tiếp nhận {m} lượt ý kiến, kiến nghị của cử tri và Nhân dân; đã giải quyết dứt điểm {n} kiến nghị, đạt tỷ lệ {p}%.",
        "Tuyên truyền nội dung Chỉ thị trên hệ thống loa truyền thanh, trang thông tin điện tử và các nhóm Zalo của tổ dân phố với {m} tin, bài.",
        "Thực hiện nghiêm quy chế dân chủ ở cơ sở theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
        "Rà soát, niêm yết công khai {n} thủ tục hành chính tại Bộ phận một cửa; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt {p}%.",
        "Phối hợp với Ủy ban Mặt trận Tổ quốc và các đoàn thể vận động Nhân dân hiến {m} m² đất để mở rộng đường giao thông ngõ xóm.",
        "Xây dựng và nhân rộng {n} mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh.",
        "Kiểm tra việc thực hiện công tác dân vận tại {n} cơ quan, đơn vị; qua kiểm tra đã kịp thời chấn chỉnh những hạn chế, thiếu sót.",
        "Đưa kết quả thực hiện công tác dân vận chính quyền vào tiêu chí đánh giá, xếp loại cán bộ, công chức cuối năm.",
        "Giải quyết {n} đơn thư khiếu nại, tố cáo thuộc thẩm quyền, không để phát sinh điểm nóng, khiếu kiện đông người.",
        "Tổ chức lấy ý kiến Nhân dân đối với {n} dự án, công trình trên địa bàn trước khi phê duyệt chủ trương đầu tư.",
        "Duy trì đường dây nóng và hòm thư góp ý; tiếp nhận {m} phản ánh qua ứng dụng iHanoi, đã xử lý {n} phản ánh.",
        "Cán bộ, công chức thực hiện nghiêm quy tắc ứng xử, văn hóa công vụ; không có trường hợp bị phản ánh về thái độ phục vụ Nhân dân.",
        "Biểu dương, khen thưởng {n} tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”.",
        "Tổ chức {n} lớp bồi dưỡng kỹ năng dân vận cho cán bộ, công chức trực tiếp tiếp xúc, giải quyết công việc của Nhân dân.",
        "Phân công cụ thể trách nhiệm của từng đồng chí lãnh đạo phụ trách công tác dân vận, gắn với địa bàn và lĩnh vực được giao.",
        "Nắm tình hình tư tưởng của đoàn viên, hội viên qua {m} cuộc sinh hoạt chi hội, tổ hội và {n} cuộc tiếp xúc trực tiếp.",
        "Tổ chức {n} cuộc giám sát việc giải quyết kiến nghị của cử tri; kiến nghị {m} nội dung với cơ quan có thẩm quyền.",
        "Vận động {m} hộ gia đình tham gia phân loại rác thải tại nguồn và giữ gìn vệ sinh khu dân cư.",
        "Chỉ đạo các tổ dân phố tổ chức {n} hội nghị lấy ý kiến Nhân dân về xây dựng quy ước, hương ước.",
    ];

    private static readonly string[] Closings =
    [
        "Qua đó, mối quan hệ giữa chính quyền và Nhân dân ngày càng gắn bó, niềm tin của Nhân dân được củng cố.",
        "Kết quả trên góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn.",
        "Nhìn chung, các nhiệm vụ được triển khai kịp thời, đúng tiến độ, được Nhân dân đồng tình ủng hộ.",
    ];

    private static readonly string[] Difficulties =
    [
        "Một số cán bộ, công chức chưa nhận thức đầy đủ vị trí, vai trò của công tác dân vận.",
        "Việc giải quyết một số kiến nghị liên quan đến đất đai còn kéo dài do vướng mắc về hồ sơ pháp lý.",
        "Kinh phí cho công tác tuyên truyền còn hạn chế, chưa đáp ứng yêu cầu.",
        "Số lượng cán bộ làm công tác dân vận ít, phần lớn kiêm nhiệm nhiều việc.",
        "Công tác phối hợp giữa các ngành, các cấp có lúc chưa chặt chẽ, thông tin chưa kịp thời.",
        "Một bộ phận Nhân dân chưa tích cực tham gia góp ý xây dựng chính quyền.",
        "Hệ thống loa truyền thanh ở một số tổ dân phố đã xuống cấp, hiệu quả tuyên truyền chưa cao.",
    ];

    private static readonly string[] Proposals =
    [
        "Đề nghị cấp trên quan tâm bố trí kinh phí cho công tác dân vận ở cơ sở.",
        "Đề nghị tổ chức tập huấn kỹ năng dân vận cho cán bộ, công chức cấp cơ sở.",
        "Kiến nghị thành phố sớm hướng dẫn tháo gỡ các vướng mắc về đất đai còn tồn đọng.",
        "Đề nghị tăng cường ứng dụng công nghệ thông tin trong tiếp nhận, xử lý phản ánh của Nhân dân.",
        "Đề nghị biểu dương kịp thời các mô hình “Dân vận khéo” tiêu biểu để nhân rộng.",
        "Đề nghị bổ sung biên chế cán bộ chuyên trách công tác dân vận.",
    ];

    private static readonly string[] ReturnReasons =
    [
        "Đề nghị bổ sung số liệu cụ thể về kết quả giải quyết kiến nghị của Nhân dân.",
        "Báo cáo chưa nêu rõ khó khăn, vướng mắc; đề nghị hoàn thiện và gửi lại.",
        "Đề nghị bổ sung minh chứng cho các nội dung đã thực hiện trong kỳ.",
    ];

    /// <summary>Results of a task: an opening, sentences with figures until the length lies in [<paramref name="min"/>, <paramref name="max"/>], a closing.</summary>
    public static string ResultsText(Random random, string agency, int min, int max)
    {
        var target = min + (int)((max - min) * Math.Pow(random.NextDouble(), 1.6));
        var text = new StringBuilder(Fill(random, Pick(random, Openings), agency));
        while (text.Length < target)
        {
            text.Append(' ').Append(Fill(random, Pick(random, Results), agency));
        }

        if (text.Length + 120 < max && random.Next(2) == 0)
        {
            text.Append(' ').Append(Pick(random, Closings));
        }

        return Cut(text.ToString(), max);
    }

    /// <summary>One to three difficulties, or null for about half of the lines.</summary>
    public static string? DifficultiesText(Random random) => Sentences(random, Difficulties, 0.5);

    /// <summary>One to three proposals, or null for about 40% of the lines.</summary>
    public static string? ProposalsText(Random random) => Sentences(random, Proposals, 0.4);

    public static string Assessment(Random random, string agency) =>
        $"Nhìn chung, {agency} đã triển khai nghiêm túc Chỉ thị số 07-CT/TU. " + Pick(random, Closings) + " " + Pick(random, Difficulties);

    public static string ReturnReason(Random random) => Pick(random, ReturnReasons);

    private static string? Sentences(Random random, string[] vocabulary, double noneShare)
    {
        if (random.NextDouble() < noneShare)
        {
            return null;
        }

        var count = 1 + random.Next(3);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(random, vocabulary)).Distinct());
    }

    private static string Fill(Random random, string template, string agency)
    {
        var n = 2 + random.Next(40);
        return template
            .Replace("{agency}", agency, StringComparison.Ordinal)
            .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{m}", (n + random.Next(400)).ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN")), StringComparison.Ordinal)
            .Replace("{p}", (80 + random.Next(21)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Cuts at the last sentence end (or word) before <paramref name="max"/> characters.</summary>
    private static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = text.LastIndexOf(". ", max - 1, StringComparison.Ordinal);
        return end > max / 2 ? text[..(end + 1)] : text[..text.LastIndexOf(' ', max - 2)] + ".";
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
