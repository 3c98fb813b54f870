package org.accountatlas.sample;

import java.util.Random;

/** Person names for generated contacts and team members, Chinese or English, drawn reproducibly. */
final class NamePool {

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
            "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓东", "海燕", "志强", "丹", "鹏" };
    private static final String[] FIRST = { "Anna", "James", "Maria", "David", "Laura", "Michael", "Sophie", "Daniel",
            "Emma", "Thomas", "Olivia", "Lukas", "Hannah", "Peter", "Clara", "Robert", "Julia", "Martin", "Elena",
            "Samuel", "Grace", "Henrik", "Ines", "Oscar" };
    private static final String[] LAST = { "Schmidt", "Miller", "Garcia", "Johnson", "Becker", "Rossi", "Dubois",
            "Novak", "Larsen", "Evans", "Fischer", "Moreau", "Walsh", "Costa", "Keller", "Brennan", "Lindqvist",
            "Hughes", "Weber", "Santos" };

    private final Random random;

    NamePool(Random random) {
        this.random = random;
    }

    String person(boolean chinese) {
        return chinese ? pick(SURNAMES) + pick(GIVEN) : pick(FIRST) + " " + pick(LAST);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
