// The footer hydrates in its own slices (see ../hydrate-later.tsx).
import Footer from '@theme-original/Footer';
import hydrateLater from '../hydrate-later';

export default hydrateLater(Footer, 'Footer');
