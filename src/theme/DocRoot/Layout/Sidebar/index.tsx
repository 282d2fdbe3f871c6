// The docs sidebar (about 200 elements) hydrates in its own slices (see ../../../hydrate-later.tsx).
import Sidebar from '@theme-original/DocRoot/Layout/Sidebar';
import hydrateLater from '../../../hydrate-later';

export default hydrateLater(Sidebar, 'DocRootLayoutSidebar');
