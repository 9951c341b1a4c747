// Writes a deterministic progress CSV for the batch benchmark (Job A):
//   generate_progress ROWS > progress.csv
// About 2,800 districts with 40 lead units each, 25 categories, weights 1..5, progress 0..150
// with one decimal, about 3 % not reported.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const long long rows = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    const std::vector<std::string> first{"东", "西", "南", "北", "中", "新", "长", "安", "平", "和", "永", "兴", "江", "河",
                                         "山", "湖", "海", "清", "宁", "丰", "华", "阳", "德", "城", "上", "下", "高", "明",
                                         "龙", "凤", "金", "玉", "松", "柏", "桂", "梅", "云", "天", "泰", "鹤", "石", "沙",
                                         "临", "昌", "武", "文", "成", "嘉", "福", "康", "定", "广", "余", "岳", "黄", "白",
                                         "仁", "义"};
    const std::vector<std::string> second{"城", "阳", "安", "宁", "平", "山", "江", "州", "川", "源", "丰", "昌", "兴",
                                          "林", "都", "台", "水", "溪", "湖", "阴", "口", "津", "乡", "陵", "原", "港",
                                          "峰", "田", "关", "塘", "桥", "浦", "岗", "坪", "渡", "庄", "泉", "屯", "岭",
                                          "坝", "湾", "洲", "门", "宫", "堡", "营", "集", "店", "寨"};
    const std::vector<std::string> suffix{"区", "县", "市", "旗"};
    std::vector<std::string> districts;
    for (const auto& a : first)
        for (const auto& b : second)
            if (districts.size() < 2800) districts.push_back(a + b + suffix[districts.size() % suffix.size()]);
    const std::vector<std::string> units{
        "发改局", "经信局", "财政局", "科技局", "教育局", "公安局", "民政局", "司法局", "人社局", "自然资源局",
        "生态环境局", "住建局", "交通运输局", "水利局", "农业农村局", "商务局", "文广旅体局", "卫健局", "退役军人事务局",
        "应急管理局", "审计局", "市场监管局", "统计局", "医保局", "信访局", "数据局", "城管局", "投促局", "金融办",
        "政府办", "总工会", "团委", "妇联", "残联", "红十字会", "消防救援大队", "税务局", "供销社", "机关事务局",
        "综合行政执法局"};
    const std::vector<std::string> categories{
        "主要经济指标", "科技创新", "产业发展", "扩大内需", "对外开放", "营商环境", "改革攻坚", "城市建设", "乡村振兴",
        "生态环境", "文化旅游", "教育", "卫生健康", "社会保障", "就业", "养老托育", "住房保障", "安全生产", "基层治理",
        "法治政府", "财政管理", "数字政府", "交通建设", "水利建设", "民生实事"};
    std::mt19937_64 random(20240723);
    std::uniform_int_distribution<std::size_t> district(0, districts.size() - 1), unit(0, units.size() - 1),
        category(0, categories.size() - 1);
    std::uniform_int_distribution<int> weight(1, 5), tenths(0, 1500), missing(0, 99);
    std::string buffer = "task_id,district,lead_unit,category,weight,progress\n";
    for (long long r = 1; r <= rows; ++r) {
        buffer += std::to_string(r);
        buffer += ',';
        buffer += districts[district(random)];
        buffer += ',';
        buffer += units[unit(random)];
        buffer += ',';
        buffer += categories[category(random)];
        buffer += ',';
        buffer += std::to_string(weight(random));
        buffer += ',';
        if (missing(random) >= 3) {
            const int t = tenths(random);
            buffer += std::to_string(t / 10);
            buffer += '.';
            buffer += static_cast<char>('0' + t % 10);
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            std::fwrite(buffer.data(), 1, buffer.size(), stdout);
            buffer.clear();
        }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
}
