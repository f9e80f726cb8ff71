/// Bundled entries beyond countries, places and organisations: regions and waters (type
/// OTHER), and heads of state and government and other people named by surname alone in
/// news ("Obama", "Putin"). Same format as `BundledGazetteer`.
enum BundledGazetteerExtras {
    static let csv = """
    canonical,type,aliases
    Middle East,OTHER,Mideast
    Far East,OTHER,
    Near East,OTHER,
    Eastern Europe,OTHER,
    Western Europe,OTHER,
    Central Europe,OTHER,
    Latin America,OTHER,
    South America,OTHER,
    North America,OTHER,
    Central America,OTHER,
    Central Asia,OTHER,
    South Asia,OTHER,
    Southeast Asia,OTHER,
    East Asia,OTHER,
    North Africa,OTHER,
    West Africa,OTHER,
    East Africa,OTHER,
    Sub-Saharan Africa,OTHER,
    Sahel,OTHER,
    Horn of Africa,OTHER,
    Balkans,OTHER,
    Caucasus,OTHER,
    Levant,OTHER,
    Persian Gulf,OTHER,Arabian Gulf
    Red Sea,OTHER,
    Black Sea,OTHER,
    Caspian Sea,OTHER,
    Mediterranean,OTHER,Mediterranean Sea
    South China Sea,OTHER,
    Strait of Hormuz,OTHER,Hormuz|Straits of Hormuz
    Suez Canal,OTHER,
    Gulf of Aden,OTHER,
    Gulf of Oman,OTHER,
    Arctic,OTHER,
    Antarctica,OTHER,
    Donald Trump,PERSON,Trump|Donald J. Trump
    Barack Obama,PERSON,Obama
    Joe Biden,PERSON,Biden|Joseph Biden|Joseph R. Biden
    George W. Bush,PERSON,George Bush
    Bill Clinton,PERSON,
    Hillary Clinton,PERSON,
    Kamala Harris,PERSON,
    Vladimir Putin,PERSON,Putin
    Xi Jinping,PERSON,
    Ali Khamenei,PERSON,Khamenei|Ali Khamenei
    Ruhollah Khomeini,PERSON,Khomeini
    Hassan Rouhani,PERSON,Rouhani|Rohani|Hassan Rohani
    Ebrahim Raisi,PERSON,Raisi
    Mahmoud Ahmadinejad,PERSON,Ahmadinejad
    Benjamin Netanyahu,PERSON,Netanyahu
    Recep Tayyip Erdogan,PERSON,Erdogan|Tayyip Erdogan
    Bashar al-Assad,PERSON,Assad|al-Assad|Bashar Assad|Bashir al-Assad
    Hassan Nasrallah,PERSON,Nasrallah
    Mohammed bin Salman,PERSON,Mohammed bin Salman|MBS
    Kim Jong Un,PERSON,Kim Jong-un
    Emmanuel Macron,PERSON,Macron
    Angela Merkel,PERSON,Merkel
    Olaf Scholz,PERSON,Scholz
    Boris Johnson,PERSON,
    Theresa May,PERSON,
    Rishi Sunak,PERSON,Sunak
    Keir Starmer,PERSON,Starmer
    Narendra Modi,PERSON,Modi
    Volodymyr Zelensky,PERSON,Zelensky|Zelenskyy
    Antonio Guterres,PERSON,Guterres
    Saddam Hussein,PERSON,Saddam
    Osama bin Laden,PERSON,bin Laden
    Abu Bakr al-Baghdadi,PERSON,Baghdadi|al-Baghdadi
    """
}
